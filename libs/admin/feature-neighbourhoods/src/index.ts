export * from './neighbourhoods-page';
export * from './projection';

// How long ago, as people say it: "just now", "5 min. ago".
export const enTime = {
  time: {
    justNow: 'just now',
  },
};

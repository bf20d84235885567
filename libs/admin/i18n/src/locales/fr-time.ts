// How long ago, as people say it: « à l’instant », « il y a 5 min ».
export const frTime = {
  time: {
    justNow: 'à l’instant',
  },
};

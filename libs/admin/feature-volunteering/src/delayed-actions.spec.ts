import { delayedActions } from './delayed-actions';

describe('delayedActions', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs an action once its delay has passed, not before', () => {
    const done = jest.fn();
    const actions = delayedActions(5000);
    actions.schedule('t1', () => done('t1'));
    jest.advanceTimersByTime(4999);
    expect(done).not.toHaveBeenCalled();
    expect(actions.pending()).toEqual(['t1']);
    jest.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledWith('t1');
    expect(actions.pending()).toEqual([]);
  });

  it('never runs an action undone in time, and says when it was too late', () => {
    const done = jest.fn();
    const actions = delayedActions(5000);
    actions.schedule('t1', done);
    expect(actions.cancel('t1')).toBe(true);
    jest.advanceTimersByTime(10_000);
    expect(done).not.toHaveBeenCalled();
    actions.schedule('t2', done);
    jest.advanceTimersByTime(5000);
    expect(actions.cancel('t2')).toBe(false);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('runs every waiting action at once when the page is left, each only once', () => {
    const done = jest.fn();
    const actions = delayedActions(5000);
    actions.schedule('t1', () => done('t1'));
    actions.schedule('t2', () => done('t2'));
    actions.flush();
    expect(done.mock.calls).toEqual([['t1'], ['t2']]);
    jest.advanceTimersByTime(10_000);
    expect(done).toHaveBeenCalledTimes(2);
  });

  it('keeps one action per id, and tells of every change', () => {
    const done = jest.fn();
    const changed = jest.fn();
    const actions = delayedActions(5000, changed);
    actions.schedule('t1', () => done('first'));
    actions.schedule('t1', () => done('second'));
    jest.advanceTimersByTime(5000);
    expect(done.mock.calls).toEqual([['second']]);
    expect(changed).toHaveBeenCalledTimes(3);
  });
});

import { create } from 'zustand';

/** Per list id, why its entries could not be fetched the last time (absent: fetched or not tried). */
export const useFetchProblems = create<{ problems: Record<string, string>; set(listId: string, problem: string | null): void }>((set) => ({
  problems: {},
  set: (listId, problem) =>
    set(({ problems }) => {
      const { [listId]: _dropped, ...rest } = problems;
      return { problems: problem === null ? rest : { ...rest, [listId]: problem } };
    }),
}));

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Dashboard, PartFactory } from '../state/dashboard-type';

/** The dashboard the views show and act on: main.tsx provides the page's, a test its own. */
export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const dashboard = useContext(DashboardContext);
  if (!dashboard) throw new Error('No dashboard here');
  return dashboard;
}

/** One of the dashboard's parts that load when needed (its overview, controls, …): the same instance for every view. */
export function usePart<T>(make: PartFactory<T>): T {
  return useDashboard().part(make);
}

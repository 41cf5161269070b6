// Tabs keep react-aria's keyboard model (arrow keys between tabs, Tab into the panel); these
// wrappers only add the shared look.
import {
  Tab as RacTab,
  TabList as RacTabList,
  TabPanel as RacTabPanel,
  Tabs as RacTabs,
  type TabListProps,
  type TabPanelProps,
  type TabProps,
  type TabsProps,
} from 'react-aria-components';

export function Tabs(props: Omit<TabsProps, 'className'>) {
  return <RacTabs {...props} className="tabs" />;
}

export function TabList<T extends object>(props: Omit<TabListProps<T>, 'className'>) {
  return <RacTabList {...props} className="tab-list" />;
}

export function Tab(props: Omit<TabProps, 'className'>) {
  return <RacTab {...props} className="tab" />;
}

export function TabPanel(props: Omit<TabPanelProps, 'className'>) {
  return <RacTabPanel {...props} className="tab-panel" />;
}

// /admin/: each staff member starts at their desk — case workers at their work list, catalogue staff at
// the catalogue.
import { Navigate } from 'react-router';
import { useMe } from '../shell/use-session.ts';
import { workbenchHome } from './workbench-roles.ts';

export function HomeRedirect() {
  const me = useMe();
  return <Navigate to={workbenchHome(me.data) ?? '/admin/catalog'} replace />;
}

// Admin: users, teams and agents. (Filled in by the admin pages' work.)
import { router } from '../init';

export const adminRouter = router({});

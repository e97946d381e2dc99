import { runE2eGroup } from '../../scripts/stack';

// The small e2e files of this folder (*.e2e.ts) run inside this one jest file, so the modules they share
// load once here rather than once per file; each keeps its own describe, stack and database (see runE2eGroup).
runE2eGroup(__dirname);

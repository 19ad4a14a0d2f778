// The geoparse worker thread's script (app/api/geoparse/pool.ts starts it): each task is a
// checked text, each answer the route's JSON body. Next bundles it as a worker entry of its own
// (Turbopack follows `new Worker(new URL(...))`), so it is built from lib/geoparse with every
// build and answers exactly what the inline path would.
import { parentPort } from "node:worker_threads";
import { answerTasks } from "@/lib/http/worker-pool";
import { loadGazetteer } from "@/lib/gazetteer";
import { geoparseBody } from "./geoparse-text";

// The gazetteer's index is built when the thread starts, not during its first request.
loadGazetteer();
answerTasks(parentPort, (text: string) => geoparseBody(text));

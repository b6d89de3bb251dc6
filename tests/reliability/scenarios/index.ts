// Every scenario, in the order they run (those needing no server run first, see run.ts).
import type { Scenario } from "../scenario"
import { acceptRacingCancel } from "./race-accept-cancel"
import { acceptRacingResend } from "./race-accept-resend"
import { cancelRacingResend } from "./race-cancel-resend"
import { disableRacingEnable } from "./race-disable-enable"
import { disableRacingRoleEdit } from "./race-disable-role-edit"
import { endState } from "./end-state"
import { postgresRestart } from "./postgres-restart"
import { postmarkOutage } from "./postmark-outage"
import { sigtermUnderLoad } from "./sigterm-under-load"
import { supervisedCrash } from "./supervised-crash"
import { threeInstances } from "./three-instances"
import { undeliverableMail } from "./undeliverable-mail"
import { webhookOutage } from "./webhook-outage"

export const SCENARIOS: Scenario[] = [
  acceptRacingCancel,
  acceptRacingResend,
  cancelRacingResend,
  disableRacingRoleEdit,
  disableRacingEnable,
  supervisedCrash,
  threeInstances,
  sigtermUnderLoad,
  webhookOutage,
  postmarkOutage,
  undeliverableMail,
  postgresRestart,
  endState,
]

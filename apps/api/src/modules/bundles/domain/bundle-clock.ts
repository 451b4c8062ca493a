// The bundle's own clock: its promise counted from the one acceptance, capped by the law for joint handling
// (行政许可法 第四十二条第二款: 45 working days), with the same counting and warnings as a case (cases/domain/
// deadline.ts). Members keep their own clocks; a member released after the one it waited for starts its clock
// then, so the bundle's promise is what the applicant is held to.
import type { TimeLimit } from '@msb/contracts';
import type { IsoDate } from '../../calendar/domain/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar.ts';
import {
  ART_42_LIMITS,
  type CaseClockView,
  type ClockExtension,
  caseClock,
} from '../../cases/domain/deadline.ts';

export interface BundleClockInput {
  acceptedOn: IsoDate;
  promisedLimit: TimeLimit;
  /** 第四十二条第二款: approved extensions move the promise and the legal cap alike */
  extensions?: readonly ClockExtension[];
  asOf: IsoDate;
  yellowThresholdWorkdays: number;
  naturalDayRollsToWorkday?: boolean;
}

export function bundleClock(calendar: WorkingCalendar, input: BundleClockInput): CaseClockView {
  return caseClock(calendar, {
    acceptedOn: input.acceptedOn,
    legal: ART_42_LIMITS.joint.limit,
    promised: input.promisedLimit,
    pauses: [],
    extensions: input.extensions ?? [],
    asOf: input.asOf,
    yellowThresholdWorkdays: input.yellowThresholdWorkdays,
    ...(input.naturalDayRollsToWorkday === undefined
      ? {}
      : { naturalDayRollsToWorkday: input.naturalDayRollsToWorkday }),
  });
}

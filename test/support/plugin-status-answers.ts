/**
 * Status answers in the shapes the plugin sends (tests only). Sources: the example of
 * OctoEverywhere's api-docs (docs/plugin-api/printer-status.md), and the job-status builders of
 * the plugin for OctoPrint, Bambu, Moonraker and PrusaLink (which fill missing values with 0).
 */

/** The documented example, verbatim. */
export const DOCS_EXAMPLE = {
  Status: 200,
  Result: {
    JobStatus: {
      State: 'printing',
      SubState: null,
      Error: null,
      Lights: [{ Name: 'chamber', On: true }],
      CurrentPrint: {
        Progress: 42.5,
        DurationSec: 3600,
        TimeLeftSec: 4800,
        FileName: 'example-print',
        EstTotalFilUsedMm: 12345,
        EstTotalFilWeightMg: 9876,
        CurrentLayer: 62,
        TotalLayers: 145,
        Temps: { BedActual: 60.1, BedTarget: 60.0, HotendActual: 219.8, HotendTarget: 220.0, ChamberActual: 38.2, ChamberTarget: 40.0 },
      },
    },
    OctoEverywhereStatus: {
      MostRecentPrintIdStr: 'a-print-id',
      PrintStartTimeSec: 1716220800,
      Gadget: {
        LastScore: 7.5,
        ScoreHistory: [7.5, 8.0],
        TimeSinceLastScoreSec: 35.2,
        IntervalSec: 40.0,
        IsSuppressed: false,
        TimeSinceLastWarnSec: null,
        TimeSinceLastPauseSec: null,
      },
    },
    PlatformVersion: '1.0.0',
    Features: 31,
    ListWebcams: { DefaultIndex: 0, Webcams: [] },
  },
};

/** OctoPrint's plugin, idle: no layers (OctoPrint has none), no SubState or Lights keys, a Gadget that never scored. */
export const OCTOPRINT_IDLE = {
  Status: 200,
  Result: {
    JobStatus: {
      State: 'idle',
      Error: null,
      CurrentPrint: {
        Progress: 0.0,
        DurationSec: 0,
        TimeLeftSec: null,
        FileName: null,
        EstTotalFilUsedMm: 0,
        CurrentLayer: null,
        TotalLayers: null,
        Temps: { BedActual: 23.4, BedTarget: 0.0, HotendActual: 24.1, HotendTarget: 0.0 },
      },
    },
    OctoEverywhereStatus: {
      MostRecentPrintIdStr: 'none',
      PrintStartTimeSec: 1716220800,
      Gadget: {
        LastScore: 0.0,
        ScoreHistory: [],
        TimeSinceLastScoreSec: 1716224400.5,
        IntervalSec: 30.0,
        IsSuppressed: false,
        TimeSinceLastWarnSec: null,
        TimeSinceLastPauseSec: null,
      },
    },
    PlatformVersion: '1.10.2',
    Features: 30,
    ListWebcams: {
      DefaultIndex: 1,
      Webcams: [
        { Name: 'Nozzle cam', FlipH: true, FlipV: false, Rotation: 90, Enabled: true },
        { Name: 'Room', FlipH: false, FlipV: true, Rotation: 0, Enabled: false },
      ],
    },
  },
};

/** Bambu, warming up: the time left the plugin caps at int32, a chamber light, no chamber temperature, unknown version. */
export const BAMBU_WARMING = {
  Status: 200,
  Result: {
    JobStatus: {
      State: 'warmingup',
      SubState: 'Heatbed preheating',
      Error: null,
      Lights: [{ Name: 'chamber', On: false }],
      CurrentPrint: {
        Progress: 0,
        DurationSec: 12,
        TimeLeftSec: 2147483600,
        FileName: 'Benchy.3mf',
        EstTotalFilUsedMm: 0,
        CurrentLayer: 0,
        TotalLayers: 0,
        Temps: { BedActual: 41.5, BedTarget: 55, HotendActual: 140.2, HotendTarget: 220 },
      },
    },
    OctoEverywhereStatus: null,
    PlatformVersion: '0.0.0',
    Features: 17,
    ListWebcams: {},
  },
};

/** PrusaLink fills unknown temperatures with 0.0 and unknown filament with 0. */
export const PRUSA_PAUSED = {
  Status: 200,
  Result: {
    JobStatus: {
      State: 'paused',
      SubState: 'Filament runout',
      Error: null,
      Lights: null,
      CurrentPrint: {
        Progress: 61.25,
        DurationSec: 5400,
        TimeLeftSec: 3300,
        FileName: 'bracket_0.4n_PETG.bgcode',
        EstTotalFilUsedMm: 0,
        EstTotalFilWeightMg: 0,
        CurrentLayer: null,
        TotalLayers: null,
        Temps: { BedActual: 0.0, BedTarget: 0.0, HotendActual: 170.0, HotendTarget: 170.0 },
      },
    },
    OctoEverywhereStatus: null,
    PlatformVersion: 'PrusaLink 2.1.2',
    Features: 0,
    ListWebcams: { DefaultIndex: 0, Webcams: [] },
  },
};

namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// A DRS pass. <paramref name="MigrationThreshold"/> 1 moves only what rules or maintenance force;
/// 2 (conservative) to 5 (aggressive) also balance, down to a tighter target each level.
/// <paramref name="MaintenanceHost"/> puts one host in maintenance mode, so all its VMs must leave.
/// The migration figures (bandwidth, dirty rate) price each move with the live migration model;
/// the concurrency limits shape the timeline.
/// </summary>
public sealed record BalanceQuestion(
    int MigrationThreshold = 3,
    string? MaintenanceHost = null,
    int MaxMoves = 100,
    double MigrationBandwidthMBps = 1250,
    double DirtyRateMBps = 50,
    int MaxConcurrentPerHost = 8,
    int MaxConcurrentPerDatastore = 128);

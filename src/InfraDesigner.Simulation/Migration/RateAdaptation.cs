namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// Xen's dynamic rate limiting (Clark et al., NSDI 2005, §5.1): round 0 goes at <paramref name="MinMiBps"/>;
/// each next round at the rate the guest dirtied during the last one plus <paramref name="IncrementMiBps"/>;
/// pre-copy ends once that rate would exceed <paramref name="MaxMiBps"/>, and the stop-and-copy runs at the maximum.
/// </summary>
public sealed record RateAdaptation(double MinMiBps, double MaxMiBps, double IncrementMiBps)
{
    /// <summary>The paper's constant increment of 50 Mbit/s per round.</summary>
    public static double PaperIncrementMiBps => MigrationUnits.MbitpsToMiBps(50);

    internal double Next(double dirtyRateMiBps) => Math.Max(MinMiBps, dirtyRateMiBps + IncrementMiBps);
}

namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// vSphere's limit on concurrent vMotions per host, by the speed of its vMotion network: 4 on 1 GbE,
/// 8 on 10 GbE and faster (vCenter Server "Limits on Simultaneous Migrations").
/// </summary>
public static class VMotionLimits
{
    public static int PerHost(double linkMbps) => linkMbps >= 10_000 ? 8 : 4;
}

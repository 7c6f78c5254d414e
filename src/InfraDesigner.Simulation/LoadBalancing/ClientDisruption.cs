namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// For the sticky algorithms: the percentage of clients whose member changes when one member
/// leaves the pool (those on the leaving member must move; a consistent hash moves few others).
/// Round robin and least connections keep no client affinity, so the question does not apply.
/// </summary>
internal static class ClientDisruption
{
    public static double? Percent(LoadBalancerQuestion q, int leaving, uint[] clients)
    {
        if (q.Algorithm is not (LoadBalancerAlgorithm.SourceIpHash or LoadBalancerAlgorithm.Maglev) || q.Members.Count < 2)
        {
            return null;
        }
        var before = new MemberSelector(q.Members, q.Algorithm, q.MaglevTableSize);
        var after = new MemberSelector(q.Members, q.Algorithm, q.MaglevTableSize);
        after.SetInRotation([.. Enumerable.Range(0, q.Members.Count).Select(i => i != leaving)]);
        var noConnections = new int[q.Members.Count];
        var moved = clients.Count(ip => before.Pick(ip, noConnections) != after.Pick(ip, noConnections));
        return 100.0 * moved / clients.Length;
    }
}

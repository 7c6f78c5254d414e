namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>The load-balancer model in words: arrivals, service, algorithm, health checks, persistence, slow start, drains.</summary>
internal static class LoadBalancerAssumptions
{
    public static string Describe(LoadBalancerQuestion q)
    {
        var checks = q.HealthCheck ?? HealthCheckSettings.Default;
        var algorithm = q.Algorithm switch
        {
            LoadBalancerAlgorithm.RoundRobin or LoadBalancerAlgorithm.WeightedRoundRobin => "round robin by weight (HAProxy roundrobin, smooth)",
            LoadBalancerAlgorithm.LeastConnections => "fewest active requests per unit of weight",
            LoadBalancerAlgorithm.SourceIpHash => "hash of the source IP over the weighted members",
            _ => $"weighted Maglev table of {q.MaglevTableSize} slots",
        };
        var sticky = q.StickinessSeconds is { } expire
            ? $"source-IP persistence for {expire:0.#} s after a client's last request, redispatched when its member leaves the rotation"
            : "no persistence";
        var slow = q.SlowStartSeconds > 0 ? $"a returning member's weight ramps up over {q.SlowStartSeconds:0.#} s" : "no slow start";
        return $"Poisson arrivals at {q.ArrivalRatePerSecond:0.#}/s from {q.ClientCount} client IPs, exponential service of {q.MeanServiceSeconds * 1000:0.#} ms mean; " +
            $"each member serves {string.Join(", ", q.Members.Select(m => $"{m.Name} {m.Concurrency}"))} requests at once, the rest wait; {algorithm}; " +
            $"health checks every {checks.IntervalSeconds:0.#} s, down after {checks.Fall} failed, up after {checks.Rise} good; {sticky}; {slow}; " +
            $"a drained member takes no new requests and finishes its own within {q.DrainTimeoutSeconds:0.#} s.";
    }
}

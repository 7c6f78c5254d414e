using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.LoadBalancing;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Web.Features.Simulations;

namespace InfraDesigner.Web.Api;

/// <summary>Every compute simulation of a stored topology: one list for the REST routes and the hub's methods.</summary>
public static class SimulationKinds
{
    public static readonly SimulationKind<RunPlacement, PlacementAnswer> Placement = new("placement",
        "Places new VMs (and the cluster's unplaced ones) onto its hosts: where each goes and why, and what blocks the rest on each host",
        (r, id) => r with { TopologyId = id });

    public static readonly SimulationKind<RunCapacity, CapacityAnswer> Capacity = new("capacity",
        "How many more VMs of a size fit in a cluster, on which host, and which resource binds",
        (r, id) => r with { TopologyId = id });

    public static readonly SimulationKind<RunMigration, MigrationResult> Migration = new("migration",
        "Live-migrates a VM to another host: prerequisites, pre-copy rounds, total time, downtime, and whether it converges",
        (r, id) => r with { TopologyId = id });

    public static readonly SimulationKind<RunBalance, BalanceAnswer> Balance = new("balance",
        "A DRS-style balancing pass: host loads, imbalance, the recommended migrations and their timeline",
        (r, id) => r with { TopologyId = id });

    public static readonly SimulationKind<RunFailover, FailoverAnswer> Failover = new("failover",
        "What if hosts fail: which VMs HA restarts where, which cannot and why, and admission control",
        (r, id) => r with { TopologyId = id });

    public static readonly SimulationKind<RunFailoverSweep, FailoverSweepAnswer> FailoverSweep = new("failover/sweep",
        "Tries every single-host (and with maxFailedHosts 2 every two-host) failure: which are survived without loss, and the worst",
        (r, id) => r with { TopologyId = id });

    public static readonly SimulationKind<RunLoadBalancer, LoadBalancerAnswer> LoadBalancer = new("load-balancer",
        "Request load through a load balancer with failing members: share and response time per member, outage impact",
        (r, id) => r with { TopologyId = id });
}

using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.LoadBalancing;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Features.Simulations;
using InfraDesigner.Web.Mediation;
using InfraDesigner.Web.Accounts;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Simulation;

public sealed partial class SimulatePanel : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private readonly SimulationRun _capacity = new();
    private readonly SimulationRun _placement = new();
    private readonly SimulationRun _balance = new();
    private readonly SimulationRun _failover = new();
    private readonly SimulationRun _migration = new();
    private readonly SimulationRun _balancer = new();
    private readonly HashSet<string> _unhealthy = [];
    private readonly Guid _panelId = Guid.NewGuid();
    private readonly List<SharedRun> _others = [];
    private IDisposable? _watching;

    private SimulationChoices? _choices;
    private bool _loaded;
    private int _tab;
    private string _capacityCluster = "";
    private double? _vcpu = 4, _ramGb = 16, _diskGb = 40, _requested = 2;
    private string _placementCluster = "";
    private PlacementStrategy _strategy = PlacementStrategy.Optimal;
    private PlacementObjective _objective = PlacementObjective.FewestHosts;
    private double? _timeBudgetSeconds = 2, _newVmCount = 4, _newVcpu = 2, _newRamGb = 8, _newDiskGb = 40;
    private string _balanceCluster = "", _maintenanceHost = "";
    private int _thresholdLevel = 3;
    private BalancePlanner _balancePlanner = BalancePlanner.Greedy;
    private double? _balanceBudgetSeconds = 2;
    private RestartPlanner _restartPlanner = RestartPlanner.VSphereOrder;
    private double? _failoverBudgetSeconds = 2;
    private string _failoverCluster = "", _failedHost = "";
    private string _vm = "", _targetHost = "";
    private double? _bandwidthMbps, _downtimeLimitMs = 300;
    private string _loadBalancer = "";
    private double? _durationSeconds = 60;

    [Parameter, EditorRequired] public Guid TopologyId { get; set; }

    /// <summary>The tab open first: 0 capacity, 1 placement, 2 DRS balancing, 3 HA failover, 4 live migration, 5 load balancer.</summary>
    [Parameter] public int InitialTab { get; set; }

    /// <summary>Whether the panel sits beside the editor's canvas, so HA what-ifs and balancing plans are drawn there.</summary>
    [Parameter] public bool OnCanvas { get; set; }

    private Guid? CanvasTopology => OnCanvas ? TopologyId : null;

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private RunsInProgress Runs { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;

    protected override void OnInitialized()
    {
        _tab = InitialTab;
        _watching = Runs.Watch(TopologyId, run => InvokeAsync(() =>
        {
            Seen(run);
            StateHasChanged();
        }));
        foreach (var run in Runs.On(TopologyId)) Seen(run);
    }

    protected override async Task OnParametersSetAsync()
    {
        _choices = await Sender.Send(new GetSimulationChoices(TopologyId), _closing.Token);
        _loaded = true;
        if (_choices is null)
        {
            return;
        }
        _capacityCluster = _placementCluster = _choices.Clusters.FirstOrDefault()?.Name ?? "";
        SelectBalanceCluster(_capacityCluster);
        SelectFailoverCluster(_capacityCluster);
        SelectVm(_choices.Vms.FirstOrDefault()?.Name ?? "");
        SelectLoadBalancer(_choices.LoadBalancers.FirstOrDefault()?.Name ?? "");
    }

    private IReadOnlyList<SelectOption<string>> ClusterOptions => Options(_choices!.Clusters.Select(c => c.Name));

    private IReadOnlyList<SelectOption<string>> VmOptions =>
        [.. _choices!.Vms.Select(vm => new SelectOption<string>(vm.Name, $"{vm.Name} (on {vm.Host})"))];

    private IReadOnlyList<SelectOption<string>> LoadBalancerOptions => Options(_choices!.LoadBalancers.Select(lb => lb.Name));

    private SimulationChoices.LoadBalancerChoice? CurrentLoadBalancer => _choices?.LoadBalancers.FirstOrDefault(lb => lb.Name == _loadBalancer);

    private static IReadOnlyList<SelectOption<string>> Options(IEnumerable<string> names) => [.. names.Select(n => new SelectOption<string>(n, n))];

    private void SelectBalanceCluster(string cluster)
    {
        _balanceCluster = cluster;
        _maintenanceHost = "";
    }

    private void SelectFailoverCluster(string cluster)
    {
        _failoverCluster = cluster;
        _failedHost = _choices?.HostsOf(cluster).FirstOrDefault() ?? "";
    }

    private void SelectVm(string vm)
    {
        _vm = vm;
        _targetHost = _choices?.TargetsFor(vm).FirstOrDefault() ?? "";
    }

    private void SelectLoadBalancer(string name)
    {
        _loadBalancer = name;
        _unhealthy.Clear();
        _unhealthy.UnionWith(CurrentLoadBalancer?.Unhealthy ?? []);
    }

    private void ToggleHealth(string member, bool healthy)
    {
        if (healthy)
        {
            _unhealthy.Remove(member);
        }
        else
        {
            _unhealthy.Add(member);
        }
    }

    private Task RunCapacity() => Run<CapacityAnswer>(_capacity, $"capacity of {_capacityCluster}", new RunCapacity(TopologyId, _capacityCluster,
        (int)(_vcpu ?? 0), _ramGb ?? 0, _diskGb ?? 0, (int)(_requested ?? 0)));

    private Task RunPlacement() => Run<PlacementAnswer>(_placement, $"placement on {_placementCluster}", new RunPlacement(TopologyId, _placementCluster,
        NewVms(), _strategy, TimeBudgetSeconds: _strategy == PlacementStrategy.Optimal ? _timeBudgetSeconds : null,
        Objective: _strategy == PlacementStrategy.Optimal ? _objective : PlacementObjective.FewestHosts));

    /// <summary>The new VMs as the form describes them, named new-vm-1, new-vm-2, … (past the names the topology has).</summary>
    private IReadOnlyList<NewVm> NewVms()
    {
        var taken = _choices!.Vms.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var names = Enumerable.Range(1, int.MaxValue).Select(i => $"new-vm-{i}").Where(n => !taken.Contains(n));
        return [.. names.Take(Math.Max(0, (int)(_newVmCount ?? 0)))
            .Select(n => new NewVm(n, (int)(_newVcpu ?? 0), _newRamGb ?? 0, _newDiskGb ?? 0))];
    }

    private Task RunBalance() => Run<BalanceAnswer>(_balance, $"DRS balancing of {_balanceCluster}", new RunBalance(TopologyId, _balanceCluster,
        MigrationThreshold: _thresholdLevel, MaintenanceHost: _maintenanceHost.Length == 0 ? null : _maintenanceHost,
        Planner: _balancePlanner, TimeBudgetSeconds: _balancePlanner == BalancePlanner.Optimal ? _balanceBudgetSeconds : null));

    private Task RunFailover() => Run<FailoverAnswer>(_failover, $"HA failover of {_failedHost}", new RunFailover(TopologyId, _failoverCluster, [_failedHost],
        Planner: _restartPlanner, TimeBudgetSeconds: _restartPlanner == RestartPlanner.Optimal ? _failoverBudgetSeconds : null));

    private Task RunFailoverSweep() => Run<FailoverSweepAnswer>(_failover, $"HA failover of every host of {_failoverCluster}", new RunFailoverSweep(TopologyId, _failoverCluster));

    private Task RunMigration() => Run<MigrationResult>(_migration, $"live migration of {_vm} to {_targetHost}", new RunMigration(TopologyId, _vm, _targetHost,
        _bandwidthMbps, DowntimeLimitMs: _downtimeLimitMs ?? 0));

    private Task RunLoadBalancer() => Run<LoadBalancerAnswer>(_balancer, $"traffic through {_loadBalancer}", new RunLoadBalancer(TopologyId, _loadBalancer,
        [.. _unhealthy], DurationSeconds: _durationSeconds ?? 0));

    private Task Run<TAnswer>(SimulationRun run, string title, IRequest<IAsyncEnumerable<SimulationEvent>?> request)
    {
        var announced = Runs.Start(TopologyId, _panelId, title, User.Author.UserName ?? "someone");
        return run.RunAsync<TAnswer>(Sender, request, announced, () => InvokeAsync(StateHasChanged), _closing.Token);
    }

    /// <summary>Keeps the others' runs on this topology: those under way, and the last few that ended.</summary>
    private void Seen(SharedRun run)
    {
        if (run.Origin == _panelId) return;
        _others.RemoveAll(r => r.Id == run.Id);
        _others.Add(run);
        if (_others.Count(r => r.EndedAt is not null) > 3) _others.Remove(_others.First(r => r.EndedAt is not null));
    }

    public void Dispose()
    {
        _watching?.Dispose();
        _closing.Cancel();
        _closing.Dispose();
    }
}

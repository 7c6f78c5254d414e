using InfraDesigner.Web.Accounts;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// "Where do these new VMs go?" (and every VM of the cluster without a host; with <paramref name="ReplaceExisting"/>
/// every VM from scratch). Answers a stream ending in a <see cref="PlacementAnswer"/>, or null when there is no such topology.
/// <paramref name="TimeBudgetSeconds"/> bounds the Optimal strategy's solver (default 2 s), at most half of the run's own
/// budget (<see cref="RunLimits.RunSeconds"/>), which also covers the heuristics that give the solver its start.
/// <paramref name="Objective"/> (Optimal only): fewest hosts, or balanced (the busiest host as lightly loaded as possible).
/// </summary>
public sealed record RunPlacement(
    Guid TopologyId,
    string Cluster,
    IReadOnlyList<NewVm>? NewVms = null,
    PlacementStrategy Strategy = PlacementStrategy.BestFit,
    int? Seed = null,
    bool ReplaceExisting = false,
    double? CpuOvercommitRatio = null,
    double? RamOvercommitRatio = null,
    double? TimeBudgetSeconds = null,
    PlacementObjective Objective = PlacementObjective.FewestHosts) : IRequest<IAsyncEnumerable<SimulationEvent>?>, IBudgetedRun, ITopologyRequest
{
    string IBudgetedRun.SizeField => "newVms";

    internal sealed class Validator(IOptions<RunLimits> options) : IValidator<RunPlacement>
    {
        public IEnumerable<FieldError> Validate(RunPlacement r) => Validate(r, options.Value);

        private static IEnumerable<FieldError> Validate(RunPlacement r, RunLimits limits) =>
        [
            .. SimulationRules.Named("cluster", r.Cluster, "cluster"),
            .. SimulationRules.Positive("cpuOvercommitRatio", r.CpuOvercommitRatio),
            .. SimulationRules.Positive("ramOvercommitRatio", r.RamOvercommitRatio),
            .. SolverBudget.Validate(r.TimeBudgetSeconds, limits),
            .. (r.Objective != PlacementObjective.FewestHosts && r.Strategy != PlacementStrategy.Optimal
                ? [new FieldError("objective", "the balanced objective is solved by strategy 'optimal' only")] : Array.Empty<FieldError>()),
            .. SimulationRules.AtMost("newVms", r.NewVms?.Count ?? 0, limits.MaxNewVms, "new VMs"),
            .. (r.NewVms ?? []).SelectMany((vm, i) => vm is null ? [SimulationRules.Missing($"newVms[{i}]", typeof(NewVm))] : (IEnumerable<FieldError>)
            [
                .. SimulationRules.Named($"newVms[{i}].name", vm.Name, "new VM"),
                .. SimulationRules.Positive($"newVms[{i}].vcpu", vm.Vcpu),
                .. SimulationRules.NotNegative($"newVms[{i}].ramGb", vm.RamGb),
                .. SimulationRules.NotNegative($"newVms[{i}].diskGb", vm.DiskGb),
                .. NewVmDatastore.Validate($"newVms[{i}].datastore", vm.Datastore),
            ]),
            .. (r.NewVms ?? []).Select((vm, i) => (vm?.Name, i)).Where(x => x.Name is not null).GroupBy(x => x.Name).Where(g => g.Count() > 1)
                .Select(g => new FieldError($"newVms[{g.Last().i}].name", $"'{g.Key}' is named twice")),
        ];
    }

    internal sealed class Handler(TopologyModels models) : IRequestHandler<RunPlacement, IAsyncEnumerable<SimulationEvent>?>
    {
        public async ValueTask<IAsyncEnumerable<SimulationEvent>?> Handle(RunPlacement r, CancellationToken cancellationToken)
        {
            if (await SimulationTopology.LoadAsync(models, r.TopologyId, cancellationToken) is not { } topology)
            {
                return null;
            }
            var state = SimulationTopology.Cluster(topology, r.Cluster, r.CpuOvercommitRatio, r.RamOvercommitRatio);
            var taken = state.Vms.Select(v => v.Name).ToHashSet();
            var clashes = (r.NewVms ?? []).Select((vm, i) => (vm.Name, i)).Where(x => taken.Contains(x.Name))
                .Select(x => new FieldError($"newVms[{x.i}].name", $"the cluster already has a VM named '{x.Name}'")).ToList();
            if (clashes.Count > 0)
            {
                throw new RequestValidationException(clashes);
            }
            var shared = SimulationTopology.SharedDatastores(topology, r.Cluster);
            var question = new PlacementQuestion([.. (r.NewVms ?? []).Select((vm, i) => new VmSpec(vm.Name, vm.Vcpu, vm.RamGb, vm.DiskGb,
                    Datastore: NewVmDatastore.Resolve(state, vm.Datastore, $"newVms[{i}].datastore", shared)))],
                r.Strategy, r.Seed, r.ReplaceExisting, TimeBudget: SolverBudget.Of(r.TimeBudgetSeconds), Objective: r.Objective);
            return PlacementAnalyzer.AnalyzeStreaming(state, question);
        }
    }
}

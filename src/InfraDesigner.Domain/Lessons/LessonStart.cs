using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Lessons.Faults;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons;

/// <summary>
/// The topology a trainee starts from: a built-in sample or a topology written into the lesson (exactly one of them),
/// with the faults a fault-finding lab puts in it.
/// </summary>
public sealed record LessonStart
{
    /// <summary>The name of a built-in sample.</summary>
    public string? Sample { get; init; }

    /// <summary>A whole topology document (docs/topology-format.md), for lessons on a design of the trainer's own.</summary>
    public TopologyDocument? Topology { get; init; }

    public EquatableArray<Fault> Faults { get; init; }

    /// <summary>
    /// The starting topology with every fault applied; <see cref="FaultTargetException"/> (its field relative to the start)
    /// when the sample is unknown or a fault names what is not there.
    /// </summary>
    public Topology Build(string name)
    {
        var topology = Base() with { Name = name };
        for (var i = 0; i < Faults.Count; i++)
        {
            try
            {
                topology = Faults[i].Apply(topology);
            }
            catch (FaultTargetException missing)
            {
                throw new FaultTargetException($"faults[{i}].{missing.Field}", $"this fault cannot be put in: {missing.Message}");
            }
        }
        return topology;
    }

    private Topology Base() => (Sample, Topology) switch
    {
        (null, { } document) => document.ToTopology(),
        ({ } name, null) => SampleTopologies.Find(name)?.Topology ?? throw new FaultTargetException("sample",
            $"there is no sample '{name}'; samples: {string.Join(", ", SampleTopologies.All.Select(s => s.Name))}"),
        (null, null) => throw new FaultTargetException("sample", "a lesson starts from a sample or a topology; give one of them"),
        _ => throw new FaultTargetException("topology", "give either a sample or a topology, not both"),
    };
}

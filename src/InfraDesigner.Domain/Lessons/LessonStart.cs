using InfraDesigner.Domain.Lessons.Faults;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons;

/// <summary>The topology a trainee starts from: a built-in sample, with the faults a fault-finding lab puts in it.</summary>
public sealed record LessonStart
{
    public required string Sample { get; init; }

    public EquatableArray<Fault> Faults { get; init; }

    /// <summary>
    /// The sample with every fault applied; <see cref="FaultTargetException"/> (its field relative to the start) when the
    /// sample is unknown or a fault names what is not there.
    /// </summary>
    public Topology Build(string name)
    {
        var sample = SampleTopologies.Find(Sample) ?? throw new FaultTargetException("sample",
            $"there is no sample '{Sample}'; samples: {string.Join(", ", SampleTopologies.All.Select(s => s.Name))}");
        var topology = sample.Topology with { Name = name };
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
}

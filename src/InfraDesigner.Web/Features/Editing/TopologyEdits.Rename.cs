using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Web.Features.Editing;

public static partial class TopologyEdits
{
    /// <summary>Renames an element and every reference to it (see <see cref="NameChange"/>).</summary>
    public static Topology Rename(Topology topology, string oldName, string newName)
    {
        newName = newName.Trim();
        if (oldName == newName) return topology;
        if (newName.Length == 0) throw EditRefusedException.At("name", "An element needs a name.");
        if (newName.Length > Limits.MaxNameLength) throw EditRefusedException.At("name", $"Names are at most {Limits.MaxNameLength} characters.");
        if (topology.FindElement(newName) is not null) throw EditRefusedException.At("name", $"Another element is already named '{newName}'.");
        if (topology.FindElement(oldName) is null) throw EditRefusedException.At("name", $"There is no element named '{oldName}'.");

        return new NameChange(oldName, newName, OfZone: false).ApplyTo(topology);
    }

    /// <summary>Renames a network zone and every reference to it (frames, firewall interfaces, VLANs, rules).</summary>
    public static Topology RenameZone(Topology topology, string oldName, string newName)
    {
        newName = newName.Trim();
        if (oldName == newName) return topology;
        if (newName.Length == 0) throw EditRefusedException.At("name", "A zone needs a name.");
        if (newName.Length > Limits.MaxNameLength) throw EditRefusedException.At("name", $"Names are at most {Limits.MaxNameLength} characters.");
        if (topology.FindZone(newName) is not null) throw EditRefusedException.At("name", $"Another zone is already named '{newName}'.");
        if (topology.FindZone(oldName) is null) throw EditRefusedException.At("name", $"There is no zone named '{oldName}'.");
        return new NameChange(oldName, newName, OfZone: true).ApplyTo(topology);
    }
}

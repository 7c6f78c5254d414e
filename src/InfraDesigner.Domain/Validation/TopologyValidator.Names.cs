namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckNames(ValidationContext context)
    {
        var topology = context.Topology;
        CheckName(context, topology.Name, "name", "The topology");
        CheckDescription(context, topology.Description, "description");
        Unique(context, topology.Elements.Select((element, i) => (element.Name, $"elements[{i}]")), "element");
        Unique(context, topology.Zones.Select((zone, i) => (zone.Name, $"zones[{i}]")), "zone");
        Unique(context, topology.Templates.Select((template, i) => (template.Name, $"templates[{i}]")), "template");
        Unique(context, topology.NatRules.Select((rule, i) => (rule.Name, $"natRules[{i}]")), "NAT rule");
        Unique(context, topology.Intents.Select((intent, i) => (intent.Name, $"intents[{i}]")), "intent");
        for (var i = 0; i < topology.Elements.Count; i++)
        {
            var element = topology.Elements[i];
            var path = ValidationContext.ElementPath(i);
            CheckDescription(context, element.Description, $"{path}.description");
            Unique(context, element.Interfaces.Select((nic, j) => (nic.Name, $"{path}.interfaces[{j}]")), "interface");
        }
        for (var i = 0; i < topology.Zones.Count; i++)
        {
            CheckDescription(context, topology.Zones[i].Description, $"zones[{i}].description");
        }
    }

    private static void CheckName(ValidationContext context, string? name, string path, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            context.Error(path, $"{what} needs a name.");
        }
        else if (name.Length > Limits.MaxNameLength)
        {
            context.Error(path, $"Names are at most {Limits.MaxNameLength} characters; this one has {name.Length:N0}.");
        }
    }

    private static void CheckDescription(ValidationContext context, string? description, string path)
    {
        if (description?.Length > Limits.MaxDescriptionLength)
        {
            context.Error(path, $"Descriptions are at most {Limits.MaxDescriptionLength:N0} characters; this one has {description.Length:N0}.");
        }
    }

    /// <summary>Checks each name and reports every repeat with the path of the first one.</summary>
    private static void Unique(ValidationContext context, IEnumerable<(string Name, string Path)> named, string what)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, path) in named)
        {
            CheckName(context, name, $"{path}.name", $"{("aeiou".Contains(what[0]) ? "An" : "A")} {what}");
            if (name is not null && !first.TryAdd(name, path))
            {
                context.Error($"{path}.name", $"Another {what} is already named '{name}' ({first[name]}).");
            }
        }
    }
}

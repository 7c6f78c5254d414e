using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckCanvas(ValidationContext context)
    {
        var topology = context.Topology;
        for (var i = 0; i < topology.Zones.Count; i++)
        {
            CheckCanvasInfo(context, topology.Zones[i].Name, topology.Zones[i].Canvas, $"zones[{i}].canvas");
        }
        ForEach<Element>(context, (element, path) => CheckCanvasInfo(context, element.Name, element.Canvas, $"{path}.canvas"));
    }

    private static void CheckCanvasInfo(ValidationContext context, string name, CanvasInfo canvas, string path)
    {
        foreach (var (value, field) in new[] { (canvas.X, "x"), (canvas.Y, "y") })
        {
            if (!double.IsFinite(value))
            {
                context.Error($"{path}.{field}", "A position must be a finite number.");
            }
        }
        context.RequireAtLeast(canvas.Width, 0, $"{path}.width", "A width");
        context.RequireAtLeast(canvas.Height, 0, $"{path}.height", "A height");
        if (canvas.ParentName is not { } parent)
        {
            return;
        }
        if (context.FindElement(parent) is null && !context.ZoneNames.Contains(parent))
        {
            context.Warning($"{path}.parentName", $"No element or zone named '{parent}' to contain '{name}'.");
            return;
        }
        var chain = new List<string> { name };
        for (var current = parent; current is not null; current = context.FindElement(current)?.Canvas.ParentName)
        {
            chain.Add(current);
            if (current == name)
            {
                context.Error($"{path}.parentName", $"Containment cycle: {string.Join(" → ", chain)}.");
                return;
            }
            if (chain.Count > context.Topology.Elements.Count + 1)
            {
                return;
            }
        }
    }
}

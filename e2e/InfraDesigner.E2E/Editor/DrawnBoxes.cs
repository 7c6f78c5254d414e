using System.Text.Json;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>A node's box as the canvas draws it, in the diagram's coordinates, with the frame it sits in.</summary>
public sealed record DrawnBox(string Id, string Parent, double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    public bool Overlaps(DrawnBox other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public bool Holds(DrawnBox inner) => inner.Left >= Left && inner.Top >= Top && inner.Right <= Right && inner.Bottom <= Bottom;

    /// <summary>Every visible node box on the page; the parent is the innermost frame ("" at the top level).</summary>
    public static async Task<IReadOnlyList<DrawnBox>> OnAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('.dg-node')].filter(n => n.offsetParent !== null).map(n => ({
                id: n.dataset.nodeId, parent: (n.dataset.parents || '').split(' ')[0],
                left: parseFloat(n.style.left), top: parseFloat(n.style.top),
                width: parseFloat(n.style.width), height: parseFloat(n.style.height) }))
            """)).Deserialize<DrawnBox[]>(JsonSerializerOptions.Web)!;

    /// <summary>What is wrong with the nesting: siblings that overlap, children that stick out of their frame.</summary>
    public static IReadOnlyList<string> NestingProblems(IReadOnlyList<DrawnBox> boxes)
    {
        var byId = boxes.ToDictionary(b => b.Id);
        var problems = new List<string>();
        foreach (var siblings in boxes.GroupBy(b => b.Parent))
        {
            var list = siblings.ToList();
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                    if (list[i].Overlaps(list[j])) problems.Add($"{list[i].Id} overlaps {list[j].Id}");
        }
        foreach (var box in boxes.Where(b => b.Parent != ""))
            if (byId.TryGetValue(box.Parent, out var parent) && !parent.Holds(box)) problems.Add($"{box.Id} sticks out of {box.Parent}");
        return problems;
    }
}

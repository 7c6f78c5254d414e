using System.Text.Json.Nodes;

namespace InfraDesigner.E2E.Editor;

/// <summary>
/// A large valid topology document for the measuring script: zones side by side, each with access
/// switches and the VMs cabled to them in a grid; with <c>vmsPerHost</c>, physical hosts framing each run of that
/// many VMs (hosts are frames, not counted in <c>elements</c>). Built as JSON because the browser tests do not
/// reference the domain assembly (they drive the app as a separate process).
/// </summary>
public static class LargeTopologyDocument
{
    public static string Create(string name, int elements, int zones = 6, int vmsPerSwitch = 40, int vmsPerHost = 0)
    {
        var switches = (int)Math.Ceiling(elements / (double)(vmsPerSwitch + 1));
        var vms = elements - switches;
        var zoneArray = new JsonArray();
        var elementArray = new JsonArray();
        var links = new JsonArray();
        var columnsPerZone = (int)Math.Ceiling(Math.Sqrt(elements / (double)zones));
        for (var z = 0; z < zones; z++)
        {
            zoneArray.Add(new JsonObject { ["name"] = $"zone-{z}", ["trustLevel"] = 50, ["colour"] = Colours[z % Colours.Length] });
        }
        for (var s = 0; s < switches; s++)
        {
            elementArray.Add(Element("switch", $"sw-{s}", s * (vmsPerSwitch + 1), columnsPerZone, zones, elements,
                new JsonArray([.. Enumerable.Range(1, vmsPerSwitch).Select(p => (JsonNode)new JsonObject { ["name"] = $"p{p}" })])));
        }
        for (var v = 0; v < vms; v++)
        {
            var sw = v / vmsPerSwitch;
            var index = sw * (vmsPerSwitch + 1) + 1 + v % vmsPerSwitch;
            var vm = Element("virtual-machine", $"vm-{v}", index, columnsPerZone, zones, elements,
                new JsonArray(new JsonObject { ["name"] = "eth0", ["address"] = $"10.{v / 60000}.{v / 250 % 240}.{v % 250 + 2}/16" }));
            if (vmsPerHost > 0)
            {
                if (v % vmsPerHost == 0) elementArray.Add(Element("physical-host", $"host-{v / vmsPerHost}", index, columnsPerZone, zones, elements, []));
                vm["hostName"] = $"host-{v / vmsPerHost}";
            }
            elementArray.Add(vm);
            links.Add(new JsonObject
            {
                ["a"] = new JsonObject { ["element"] = $"vm-{v}", ["interface"] = "eth0" },
                ["b"] = new JsonObject { ["element"] = $"sw-{sw}", ["interface"] = $"p{v % vmsPerSwitch + 1}" },
            });
        }
        return new JsonObject
        {
            ["formatVersion"] = 1,
            ["name"] = name,
            ["zones"] = zoneArray,
            ["elements"] = elementArray,
            ["links"] = links,
        }.ToJsonString();
    }

    private static readonly string[] Colours = ["#2563eb", "#16a34a", "#d97706", "#db2777", "#7c3aed", "#0891b2"];

    private static JsonObject Element(string kind, string name, int index, int columnsPerZone, int zones, int elements, JsonArray interfaces)
    {
        var perZone = (int)Math.Ceiling(elements / (double)zones);
        var zone = index / perZone;
        var local = index % perZone;
        return new JsonObject
        {
            ["kind"] = kind,
            ["name"] = name,
            ["canvas"] = new JsonObject
            {
                ["x"] = zone * (columnsPerZone * 180 + 200) + local % columnsPerZone * 180,
                ["y"] = local / columnsPerZone * 100,
                ["width"] = 140,
                ["height"] = 60,
                ["parentName"] = $"zone-{zone}",
            },
            ["interfaces"] = interfaces,
        };
    }
}

using System.Text.Json;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Documents.Json;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Documents;

/// <summary>
/// One item of a topology document (an element, link, zone, VLAN, template, NAT rule or intent) as the compact
/// JSON the whole document holds for it, with the document collection it belongs to: what an
/// item-by-item store writes when one element is edited.
/// </summary>
public static class TopologyItemSerializer
{
    public static (string Collection, string Json) Serialize(object item) => item switch
    {
        Element element => ("elements", JsonSerializer.Serialize(element, DocumentJson.Compact)),
        Link link => ("links", JsonSerializer.Serialize(link, DocumentJson.Compact)),
        NetworkZone zone => ("zones", JsonSerializer.Serialize(zone, DocumentJson.Compact)),
        Vlan vlan => ("vlans", JsonSerializer.Serialize(vlan, DocumentJson.Compact)),
        VmTemplate template => ("templates", JsonSerializer.Serialize(template, DocumentJson.Compact)),
        NatRule rule => ("natRules", JsonSerializer.Serialize(rule, DocumentJson.Compact)),
        Intent intent => ("intents", JsonSerializer.Serialize(intent, DocumentJson.Compact)),
        _ => throw new ArgumentException($"{item.GetType().Name} is not an item of a topology document.", nameof(item)),
    };
}

using InfraDesigner.Domain.Addressing;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckZonesAndVlans(ValidationContext context)
    {
        var topology = context.Topology;
        var zoneSubnets = new List<(Ipv4Cidr Subnet, string Zone)>();
        for (var i = 0; i < topology.Zones.Count; i++)
        {
            var zone = topology.Zones[i];
            context.RequireBetween(zone.TrustLevel, 0, 100, $"zones[{i}].trustLevel", "A trust level");
            for (var j = 0; j < zone.Subnets.Count; j++)
            {
                var subnet = zone.Subnets[j];
                foreach (var (other, otherZone) in zoneSubnets.Where(entry => entry.Zone != zone.Name && entry.Subnet.Overlaps(subnet)))
                {
                    context.Warning($"zones[{i}].subnets[{j}]", $"{subnet} overlaps {other} of zone '{otherZone}'.");
                }
                zoneSubnets.Add((subnet, zone.Name));
            }
        }

        var seenVlans = new Dictionary<int, int>();
        for (var i = 0; i < topology.Vlans.Count; i++)
        {
            var vlan = topology.Vlans[i];
            var path = $"vlans[{i}]";
            CheckName(context, vlan.Name, $"{path}.name", "A VLAN");
            CheckVlanId(context, vlan.Id, $"{path}.id", mustBeDefined: false);
            if (!seenVlans.TryAdd(vlan.Id, i))
            {
                context.Error($"{path}.id", $"VLAN {vlan.Id} is already defined (vlans[{seenVlans[vlan.Id]}]).");
            }
            context.RequireZone(vlan.ZoneName, $"{path}.zoneName");
        }

        for (var i = 0; i < topology.Templates.Count; i++)
        {
            var template = topology.Templates[i];
            context.RequireAtLeast(template.VCpu, 1, $"templates[{i}].vCpu", "vCPU");
            context.RequirePositive(template.RamGb, $"templates[{i}].ramGb", "RAM");
            context.RequireAtLeast(template.DiskGb, 0, $"templates[{i}].diskGb", "Disk");
        }
    }

    private static void CheckVlanId(ValidationContext context, int id, string path, bool mustBeDefined)
    {
        if (id is < Network.Vlan.MinId or > Network.Vlan.MaxId)
        {
            context.Error(path, $"VLAN id {id} is outside 1-4094.");
        }
        else if (mustBeDefined && !context.VlanIds.Contains(id))
        {
            context.Error(path, $"VLAN {id} is not defined in the topology's VLANs.");
        }
    }
}

using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Storage;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckStorage(ValidationContext context)
    {
        ForEach<StorageSystem>(context, (storage, path) =>
        {
            context.RequireAtLeast(storage.CapacityGb, 0, $"{path}.capacityGb", "Capacity");
            Unique(context, storage.Shares.Select((share, j) => (share.Name, $"{path}.shares[{j}]")), "share");
            for (var j = 0; j < storage.Shares.Count; j++)
            {
                var acl = storage.Shares[j].Acl;
                for (var k = 0; k < acl.Count; k++)
                {
                    if (acl[k].Principal.Kind == SharePrincipalKind.Vm)
                    {
                        context.Require<VirtualMachine>(acl[k].Principal.Name, $"{path}.shares[{j}].acl[{k}].principal", "VM");
                    }
                }
            }
        });
    }
}

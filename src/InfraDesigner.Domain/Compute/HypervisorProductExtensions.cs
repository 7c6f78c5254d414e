namespace InfraDesigner.Domain.Compute;

public static class HypervisorProductExtensions
{
    public static HypervisorType TypeOf(this HypervisorProduct product) => product switch
    {
        HypervisorProduct.None => HypervisorType.None,
        HypervisorProduct.VirtualBox or HypervisorProduct.VmwareWorkstation => HypervisorType.Hosted,
        _ => HypervisorType.BareMetal,
    };
}

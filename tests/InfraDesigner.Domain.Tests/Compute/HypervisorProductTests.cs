using InfraDesigner.Domain.Compute;

namespace InfraDesigner.Domain.Tests.Compute;

public sealed class HypervisorProductTests
{
    [Theory]
    [InlineData(HypervisorProduct.Esxi, HypervisorType.BareMetal)]
    [InlineData(HypervisorProduct.Kvm, HypervisorType.BareMetal)]
    [InlineData(HypervisorProduct.HyperV, HypervisorType.BareMetal)]
    [InlineData(HypervisorProduct.Xen, HypervisorType.BareMetal)]
    [InlineData(HypervisorProduct.VirtualBox, HypervisorType.Hosted)]
    [InlineData(HypervisorProduct.VmwareWorkstation, HypervisorType.Hosted)]
    [InlineData(HypervisorProduct.None, HypervisorType.None)]
    public void Hypervisors_are_type_1_or_type_2(HypervisorProduct product, HypervisorType type)
    {
        product.TypeOf().ShouldBe(type);
        new PhysicalHost { Name = "h", Hypervisor = product }.HypervisorType.ShouldBe(type);
    }
}

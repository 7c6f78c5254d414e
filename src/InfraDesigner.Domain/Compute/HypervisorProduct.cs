namespace InfraDesigner.Domain.Compute;

/// <summary>What runs on a physical host. <see cref="None"/>: bare metal running one application directly.</summary>
public enum HypervisorProduct
{
    None,
    Esxi,
    Kvm,
    HyperV,
    Xen,
    VirtualBox,
    VmwareWorkstation,
}

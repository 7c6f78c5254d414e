namespace InfraDesigner.Domain.Compute;

public enum HypervisorType
{
    /// <summary>No hypervisor: the host runs an application directly.</summary>
    None,

    /// <summary>Type 1, bare metal: ESXi, KVM, Hyper-V, Xen.</summary>
    BareMetal,

    /// <summary>Type 2, hosted on an operating system: VirtualBox, VMware Workstation.</summary>
    Hosted,
}

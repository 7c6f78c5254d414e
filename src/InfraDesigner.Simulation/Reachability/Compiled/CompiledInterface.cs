using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

internal sealed record CompiledInterface(int Id, int Device, NetworkInterface Model, uint Address, int PrefixLength, int Zone)
{
    public bool HasAddress => Model.Address is not null;

    public uint Mask => Ipv4.MaskOf(PrefixLength);

    public bool OnSubnet(uint address) => HasAddress && (address & Mask) == (Address & Mask);
}

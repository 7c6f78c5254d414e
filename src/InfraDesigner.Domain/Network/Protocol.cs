namespace InfraDesigner.Domain.Network;

public enum Protocol
{
    Tcp,
    Udp,
    Icmp,
    Any,
}

namespace InfraDesigner.Simulation.Reachability.Model;

public enum Protocol
{
    Any,
    Tcp,
    Udp,
    Icmp,
}

namespace InfraDesigner.Domain.Network;

public enum NatType
{
    /// <summary>Rewrites the source (e.g. many private clients behind one public address).</summary>
    Source,

    /// <summary>Rewrites the destination (e.g. a public address published to an internal server).</summary>
    Destination,
}

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>What a question in words asks for.</summary>
public enum AskKind
{
    /// <summary>One flow: "can app-a reach sap on port 3300?", "can PC1 ping PC3?", "can vm-new1 reach share1?".</summary>
    Flow,

    /// <summary>Two elements without a port: "can PC1 reach PC2?" is answered by ping and by each service of the destination.</summary>
    Services,

    /// <summary>"What can reach sap?": every element's flows to the destination's services.</summary>
    Reaching,

    /// <summary>"What can app-a reach?": the source's flows to every other element's services.</summary>
    ReachableFrom,
}

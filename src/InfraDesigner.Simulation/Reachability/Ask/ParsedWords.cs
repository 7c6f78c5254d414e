using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Ask;

internal sealed record ParsedWords(string Source, string Destination, Protocol Protocol, int? Port);

using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>
/// The names, port and protocol as typed. A missing <see cref="Source"/> asks "what can reach Destination?", a missing
/// <see cref="Destination"/> "what can Source reach?"; <see cref="Protocol"/> is null when the question does not say.
/// </summary>
internal sealed record ParsedWords(string? Source, string? Destination, Protocol? Protocol, int? Port);

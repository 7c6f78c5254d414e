using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Network;

/// <summary>An inclusive range of ports (each within <see cref="Limits.Ports"/> when valid); a single port has <see cref="From"/> == <see cref="To"/>. Written "443" or "8000-8080".</summary>
public readonly record struct PortRange(int From, int To)
{
    public static PortRange Single(int port) => new(port, port);

    public bool IsSingle => From == To;

    public bool IsValid => Limits.IsPort(From) && Limits.IsPort(To) && From <= To;

    public bool Contains(int port) => port >= From && port <= To;

    public static bool TryParse(string? text, out PortRange range)
    {
        range = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var dash = text.IndexOf('-');
        var style = System.Globalization.NumberStyles.None;
        if (dash < 0)
        {
            var ok = int.TryParse(text, style, null, out var port);
            range = Single(port);
            return ok;
        }
        var parsed = int.TryParse(text[..dash], style, null, out var from) & int.TryParse(text[(dash + 1)..], style, null, out var to);
        range = new PortRange(from, to);
        return parsed;
    }

    public override string ToString() => IsSingle ? From.ToString() : $"{From}-{To}";
}

using System.Globalization;

namespace InfraDesigner.Web.Components.Segmentation;

/// <summary>Reads the ports a user types for the matrix: "443, 3300" or "443 3300"; empty means the listening ports.</summary>
public static class MatrixPorts
{
    public static bool TryParse(string text, out IReadOnlyList<int> ports, out string? refused)
    {
        var parsed = new List<int>();
        foreach (var part in text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                (ports, refused) = ([], $"'{part}' is not a port number (1 to 65535).");
                return false;
            }
            if (!parsed.Contains(port)) parsed.Add(port);
        }
        (ports, refused) = (parsed, null);
        return true;
    }
}

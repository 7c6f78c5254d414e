using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    /// <summary>Each record named, an A record's value an address, a CNAME's a name; a name with a CNAME has no other record (RFC 1034 §3.6.2).</summary>
    private static void CheckDnsRecords(ValidationContext context, DnsServer dns, string path)
    {
        var cnames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var others = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var j = 0; j < dns.Records.Count; j++)
        {
            var record = dns.Records[j];
            var recordPath = $"{path}.records[{j}]";
            CheckName(context, record.Name, $"{recordPath}.name", "A DNS record");
            switch (record.Type)
            {
                case DnsRecordType.A when !Ipv4.TryParse(record.Value, out _, out var error):
                    context.Error($"{recordPath}.value", error);
                    break;
                case DnsRecordType.Cname when string.IsNullOrWhiteSpace(record.Value):
                    context.Error($"{recordPath}.value", "A CNAME record needs the name it points to.");
                    break;
            }
            if (string.IsNullOrWhiteSpace(record.Name))
            {
                continue;
            }
            if (cnames.TryGetValue(record.Name, out var cname) || (record.Type == DnsRecordType.Cname && others.TryGetValue(record.Name, out cname)))
            {
                context.Error($"{recordPath}.name", $"'{record.Name}' already has {(record.Type == DnsRecordType.Cname ? "a record" : "a CNAME")} (records[{cname}]); a name with a CNAME can have no other record.");
            }
            (record.Type == DnsRecordType.Cname ? cnames : others).TryAdd(record.Name, j);
        }
    }
}

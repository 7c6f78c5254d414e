namespace InfraDesigner.Domain.Network;

public enum DnsRecordType
{
    A,
    Cname,
}

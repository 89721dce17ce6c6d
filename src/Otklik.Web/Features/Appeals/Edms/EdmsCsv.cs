using System.Text;

namespace Otklik.Web.Features.Appeals.Edms;

// The exchange file with the document-management system: UTF-8, ';' between fields, a header row,
// fields in double quotes when they hold ';', quotes or line breaks (a quote inside is doubled).
// The columns are documented in docs/edms-format.md.
public static class EdmsCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "registration_number", "registration_date", "received_date", "kind", "channel", "client_kind",
        "client_name", "client_email", "client_phone", "client_address", "text", "status", "department",
        "answer_due", "closed_date",
    ];

    public static IEnumerable<(int Line, IReadOnlyDictionary<string, string> Fields)> Read(TextReader reader)
    {
        var records = Records(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            yield break;
        }

        var header = records.Current.Fields.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count && i < fields.Count; i++)
            {
                row[header[i]] = fields[i].Trim();
            }

            yield return (line, row);
        }
    }

    public static void Write(TextWriter writer, IEnumerable<IReadOnlyList<string?>> rows)
    {
        writer.Write(string.Join(';', Columns) + "\r\n");
        foreach (var row in rows)
        {
            writer.Write(string.Join(';', row.Select(Quote)) + "\r\n");
        }
    }

    private static string Quote(string? value)
    {
        value ??= "";
        return value.IndexOfAny([';', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static IEnumerable<(int Line, List<string> Fields)> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var start = 1;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ';':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (start, fields);
                    fields = [];
                    start = ++line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}

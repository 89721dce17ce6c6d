using System.IO.Compression;
using System.Text;

namespace Otklik.Web.Features.Appeals.Attachments;

public sealed record SniffedType(string ContentType, string Extension, string Title);

// Decides what a file is from its bytes, never from the name or the type the sender claimed.
public static class FileSniffer
{
    private static readonly SniffedType Pdf = new("application/pdf", ".pdf", "PDF");
    private static readonly SniffedType Jpeg = new("image/jpeg", ".jpg", "изображение JPEG");
    private static readonly SniffedType Png = new("image/png", ".png", "изображение PNG");
    private static readonly SniffedType Tiff = new("image/tiff", ".tif", "изображение TIFF");
    private static readonly SniffedType Docx = new(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "документ Word");
    private static readonly SniffedType Xlsx = new(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "таблица Excel");
    private static readonly SniffedType Odt = new("application/vnd.oasis.opendocument.text", ".odt", "документ ODT");
    private static readonly SniffedType Legacy = new("application/msword", ".doc", "документ Word 97–2003");
    private static readonly SniffedType Text = new("text/plain; charset=utf-8", ".txt", "текст");

    public static string AllowedTitles => "PDF, JPEG, PNG, TIFF, DOC, DOCX, XLSX, ODT, TXT";

    public static SniffedType? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (data.StartsWith("II*\0"u8) || data.StartsWith("MM\0*"u8))
        {
            return Tiff;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return Legacy;
        }

        return data.StartsWith("PK\u0003\u0004"u8) ? Package(data.ToArray()) : PlainText(data);
    }

    // Office files are zip packages; only those whose parts say they are documents pass, so that an
    // arbitrary archive cannot ride in under a .docx name.
    private static SniffedType? Package(byte[] data)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return Docx;
            }

            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return Xlsx;
            }

            using var reader = zip.GetEntry("mimetype")?.Open() is { } stream ? new StreamReader(stream) : null;
            return reader?.ReadToEnd() == Odt.ContentType ? Odt : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static SniffedType? PlainText(ReadOnlySpan<byte> data)
    {
        if (data.IndexOf((byte)0) >= 0)
        {
            return null;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(data);
            return Text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}

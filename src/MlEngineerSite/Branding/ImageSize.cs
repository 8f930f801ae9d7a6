using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace MlEngineerSite.Branding;

/// <summary>
/// A logo's proportions, so the page reserves its space before it loads (no layout shift): a PNG's
/// header, an SVG's viewBox (or width and height). Null when the file does not say.
/// </summary>
public static class ImageSize
{
    public static (double Width, double Height)? Of(byte[] bytes, string extension) =>
        extension == ".png" ? Png(bytes) : extension == ".svg" ? Svg(bytes) : null;

    private static (double, double)? Png(byte[] bytes) =>
        bytes.Length >= 24 && bytes.AsSpan(0, 8).SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            ? (BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20)))
            : null;

    private static (double, double)? Svg(byte[] bytes)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
            {
                return null;
            }

            var box = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (box is { Length: 4 } && Number(box[2]) is { } w && Number(box[3]) is { } h)
            {
                return (w, h);
            }

            return Number(reader.GetAttribute("width")) is { } width && Number(reader.GetAttribute("height")) is { } height ? (width, height) : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static double? Number(string? text) =>
        double.TryParse(text?.Replace("px", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value) ? value : null;
}

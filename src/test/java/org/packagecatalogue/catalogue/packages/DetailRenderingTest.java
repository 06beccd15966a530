package org.packagecatalogue.catalogue.packages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.cache.KeptRendering;

/** A Detail's kept rendering on its own: no HTTP, no database. */
class DetailRenderingTest {

    private static final PackageDetail.Contents CONTENTS = new PackageDetail.Contents(List.of(), List.of(), List.of());

    private static PackageSummary pkg(String name, long version) {
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        return new PackageSummary(7, name, 1, "Owner", at, at, null, false, "Invoice", false, false, 1, "Enable", 6, "Postpaid",
                false, false, "Description", false, version);
    }

    /** Renders the package's name, and counts its renderings. */
    private final List<String> rendered = new ArrayList<>();
    private final Function<PackageDetail, byte[]> render = detail -> {
        rendered.add(detail.pkg().name());
        return ("{\"name\":\"" + detail.pkg().name() + "\"}").getBytes(StandardCharsets.UTF_8);
    };

    @Test
    void keptContentsAreRenderedOnceForTheSamePackageRow() {
        KeptRendering kept = new KeptRendering();
        byte[] first = new PackageDetail(pkg("Gold", 3), CONTENTS, kept).rendered("billing", render);
        byte[] again = new PackageDetail(pkg("Gold", 3), CONTENTS, kept).rendered("billing", render);
        assertSame(first, again, "the kept bytes, not rendered again");
        assertEquals(List.of("Gold"), rendered);
    }

    /** The package's own fields are kept apart from its contents: a different row (even at the same version) renders again. */
    @Test
    void anotherStateOfThePackageRowOrAnotherDialectRendersAgain() {
        KeptRendering kept = new KeptRendering();
        new PackageDetail(pkg("Gold", 3), CONTENTS, kept).rendered("billing", render);
        byte[] renamed = new PackageDetail(pkg("Platinum", 3), CONTENTS, kept).rendered("billing", render);
        assertArrayEquals("{\"name\":\"Platinum\"}".getBytes(StandardCharsets.UTF_8), renamed);
        new PackageDetail(pkg("Platinum", 4), CONTENTS, kept).rendered("billing", render);
        new PackageDetail(pkg("Platinum", 4), CONTENTS, kept).rendered("another dialect", render);
        assertEquals(List.of("Gold", "Platinum", "Platinum", "Platinum"), rendered);
    }

    @Test
    void contentsNotKeptAreRenderedAtEveryAnswer() {
        PackageDetail detail = new PackageDetail(pkg("Gold", 3), CONTENTS);
        detail.rendered("billing", render);
        detail.rendered("billing", render);
        assertEquals(List.of("Gold", "Gold"), rendered);
    }
}

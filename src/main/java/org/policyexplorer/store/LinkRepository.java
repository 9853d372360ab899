package org.policyexplorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.domain.Link;

/** The user's confirmed, rejected and added review–plan links. One word per pair: the last one counts. */
public final class LinkRepository {
    private final Database db;

    public LinkRepository(Database db) {
        this.db = db;
    }

    public void put(Link link) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO topic_link (review_sha, review_key, plan_sha, "
                    + "plan_key, state, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (review_sha, review_key, "
                    + "plan_sha, plan_key) DO UPDATE SET state = excluded.state, created_at = excluded.created_at")) {
                ps.setString(1, link.reviewSha());
                ps.setString(2, link.reviewKey());
                ps.setString(3, link.planSha());
                ps.setString(4, link.planKey());
                ps.setString(5, link.state().key());
                ps.setString(6, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets the user's word on a pair: it is computed again. */
    public boolean remove(String reviewSha, String reviewKey, String planSha, String planKey) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM topic_link WHERE review_sha = ? AND "
                    + "review_key = ? AND plan_sha = ? AND plan_key = ?")) {
                ps.setString(1, reviewSha);
                ps.setString(2, reviewKey);
                ps.setString(3, planSha);
                ps.setString(4, planKey);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** The links between a review in one report and a plan in another (or the same). */
    public List<Link> between(String reviewSha, String planSha) {
        return db.read(c -> {
            List<Link> links = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT review_key, plan_key, state FROM topic_link "
                    + "WHERE review_sha = ? AND plan_sha = ? ORDER BY id")) {
                ps.setString(1, reviewSha);
                ps.setString(2, planSha);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        links.add(new Link(reviewSha, rs.getString(1), planSha, rs.getString(2),
                                Link.State.fromKey(rs.getString(3))));
                    }
                }
            }
            return links;
        });
    }
}
